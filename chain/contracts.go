// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chain

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// LicenceNFTLicence is an auto generated low-level Go binding around an user-defined struct.
type LicenceNFTLicence struct {
	Grantor       common.Address
	Subject       *big.Int
	NotBefore     uint64
	ExpiresAt     uint64
	MaxUnits      uint64
	MaxComputeMs  uint64
	UsedUnits     uint64
	UsedComputeMs uint64
	Revoked       bool
	DataTypes     [][32]byte
}

// AgentRegistryMetaData contains all meta data concerning the AgentRegistry contract.
var AgentRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyManifest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotVersionOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnknownVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAgentKey\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AgentClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"VersionDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestCID\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"agentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"agentOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"isDeprecated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"manifestOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"priceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCID\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"publishVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"}],\"name\":\"versionsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AgentRegistry",
	Bin: "0x60806040526001600955348015610014575f5ffd5b506040518060400160405280601281526020017121b2b9329020b3b2b73a102b32b939b4b7b760711b8152506040518060400160405280600981526020016810d154915051d1539560ba1b815250815f9081610070919061011d565b50600161007d828261011d565b5050506101d7565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100ad57607f821691505b6020821081036100cb57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561011857805f5260205f20601f840160051c810160208510156100f65750805b601f840160051c820191505b81811015610115575f8155600101610102565b50505b505050565b81516001600160401b0381111561013657610136610085565b61014a816101448454610099565b846100d1565b6020601f82116001811461017c575f83156101655750848201515b5f19600385901b1c1916600184901b178455610115565b5f84815260208120601f198516915b828110156101ab578785015182556020948501946001909201910161018b565b50848210156101c857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b611646806101e45f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806370a08231116100b4578063b9186d7d11610079578063b9186d7d146102a8578063c87b56dd146102bb578063ca867b3f146102ce578063e5191e21146102f6578063e985e9c514610309578063fd554cdf1461031c575f5ffd5b806370a082311461025457806395d89b4114610267578063a1aa9e6d1461026f578063a22cb46514610282578063b88d4fde14610295575f5ffd5b806342842e0e1161010557806342842e0e146101d1578063446de69a146101e45780634b425214146101f757806361b8ce8c146102175780636352211e1461022e5780636cb75a1e14610241575f5ffd5b806301ffc9a71461014157806306fdde0314610169578063081812fc1461017e578063095ea7b3146101a957806323b872dd146101be575b5f5ffd5b61015461014f3660046110de565b61032f565b60405190151581526020015b60405180910390f35b610171610380565b6040516101609190611127565b61019161018c366004611139565b61040f565b6040516001600160a01b039091168152602001610160565b6101bc6101b7366004611166565b610436565b005b6101bc6101cc36600461118e565b610445565b6101bc6101df36600461118e565b6104d3565b6101546101f2366004611139565b6104f2565b61020a610205366004611139565b610509565b60405161016091906111c8565b61022060095481565b604051908152602001610160565b61019161023c366004611139565b610568565b61022061024f366004611139565b610572565b61022061026236600461120a565b610583565b6101716105c8565b61017161027d366004611139565b6105d7565b6101bc610290366004611223565b610669565b6101bc6102a3366004611270565b610674565b6102206102b6366004611139565b61068c565b6101716102c9366004611139565b6106a0565b6101916102dc366004611139565b60086020525f90815260409020546001600160a01b031681565b61022061030436600461134d565b610711565b6101546103173660046113cb565b61092b565b6101bc61032a366004611139565b610958565b5f6001600160e01b031982166380ac58cd60e01b148061035f57506001600160e01b03198216635b5e139f60e01b145b8061037a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f805461038e906113fc565b80601f01602080910402602001604051908101604052809291908181526020018280546103ba906113fc565b80156104055780601f106103dc57610100808354040283529160200191610405565b820191905f5260205f20905b8154815290600101906020018083116103e857829003601f168201915b5050505050905090565b5f61041982610a01565b505f828152600460205260409020546001600160a01b031661037a565b610441828233610a39565b5050565b6001600160a01b03821661047357604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61047f838333610a46565b9050836001600160a01b0316816001600160a01b0316146104cd576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161046a565b50505050565b6104ed83838360405180602001604052805f815250610674565b505050565b5f6104fc82610b38565b6002015460ff1692915050565b5f8181526007602090815260409182902080548351818402810184019094528084526060939283018282801561055c57602002820191905f5260205f20905b815481526020019060010190808311610548575b50505050509050919050565b5f61037a82610a01565b5f61057c82610b38565b5492915050565b5f6001600160a01b0382166105ad576040516322718ad960e21b81525f600482015260240161046a565b506001600160a01b03165f9081526003602052604090205490565b60606001805461038e906113fc565b60606105e282610b38565b60030180546105f0906113fc565b80601f016020809104026020016040519081016040528092919081815260200182805461061c906113fc565b801561055c5780601f1061063e5761010080835404028352916020019161055c565b820191905f5260205f20905b81548152906001019060200180831161064a5750939695505050505050565b610441338383610b6c565b61067f848484610445565b6104cd3385858585610c0a565b5f61069682610b38565b6001015492915050565b60606106ab82610a01565b505f6106c160408051602081019091525f815290565b90505f8151116106df5760405180602001604052805f81525061070a565b806106e984610d32565b6040516020016106fa92919061144b565b6040516020818303038152906040525b9392505050565b5f8461073057604051632744c47f60e21b815260040160405180910390fd5b5f8390036107515760405163d9313d2960e01b815260040160405180910390fd5b5f858152600860205260409020546001600160a01b0316806107bd575f8681526008602052604080822080546001600160a01b031916339081179091559051909188917f32bc8887be4538e967812c5d97d3963f577eda7b7c6ce3b1d731864d059f6d899190a36107f8565b6001600160a01b03811633146107f85760405163a1b84ca360e01b8152600481018790526001600160a01b038216602482015260440161046a565b60098054905f6108078361145f565b91905055915060405180608001604052808781526020018481526020015f1515815260200186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505084815260066020908152604091829020845181559084015160018201559083015160028201805460ff1916911515919091179055606083015190915060038201906108ae90826114c7565b5050505f868152600760209081526040822080546001810182559083529120018290556108db3383610dc2565b336001600160a01b031682877f557a612c04c779b34f02dac1a39db77862f70afa70b13436a352c48d752403da88888860405161091a93929190611582565b60405180910390a450949350505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f61096282610b38565b90503361096e83610568565b6001600160a01b0316146109985760405163d5e46d6f60e01b81526004810183905260240161046a565b600281015460ff16156109c157604051632959ba2760e21b81526004810183905260240161046a565b60028101805460ff1916600117905580546040518391907f40ff90391fc37e192a2986200ea07c23f5d64799b33b41c134faf788af5e556d905f90a35050565b5f818152600260205260408120546001600160a01b03168061037a57604051637e27328960e01b81526004810184905260240161046a565b6104ed8383836001610e23565b5f828152600260205260408120546001600160a01b0390811690831615610a7257610a72818486610f27565b6001600160a01b03811615610aac57610a8d5f855f5f610e23565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610ada576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8181526006602052604090208054610b6757604051636951c92360e11b81526004810183905260240161046a565b919050565b6001600160a01b038216610b9e57604051630b61174360e31b81526001600160a01b038316600482015260240161046a565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610d2b57604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610c4c9088908890879087906004016115b9565b6020604051808303815f875af1925050508015610c86575060408051601f3d908101601f19168201909252610c83918101906115f5565b60015b610ced573d808015610cb3576040519150601f19603f3d011682016040523d82523d5f602084013e610cb8565b606091505b5080515f03610ce557604051633250574960e11b81526001600160a01b038516600482015260240161046a565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610d2957604051633250574960e11b81526001600160a01b038516600482015260240161046a565b505b5050505050565b60605f610d3e83610f8b565b60010190505f8167ffffffffffffffff811115610d5d57610d5d61125c565b6040519080825280601f01601f191660200182016040528015610d87576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610d9157509392505050565b6001600160a01b038216610deb57604051633250574960e11b81525f600482015260240161046a565b5f610df783835f610a46565b90506001600160a01b038116156104ed576040516339e3563760e11b81525f600482015260240161046a565b8080610e3757506001600160a01b03821615155b15610ef8575f610e4684610a01565b90506001600160a01b03831615801590610e725750826001600160a01b0316816001600160a01b031614155b8015610e855750610e83818461092b565b155b15610eae5760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161046a565b8115610ef65783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b610f32838383611062565b6104ed576001600160a01b038316610f6057604051637e27328960e01b81526004810182905260240161046a565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161046a565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310610fc95772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310610ff5576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061101357662386f26fc10000830492506010015b6305f5e100831061102b576305f5e100830492506008015b612710831061103f57612710830492506004015b60648310611051576064830492506002015b600a831061037a5760010192915050565b5f6001600160a01b038316158015906110be5750826001600160a01b0316846001600160a01b0316148061109b575061109b848461092b565b806110be57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b0319811681146110db575f5ffd5b50565b5f602082840312156110ee575f5ffd5b813561070a816110c6565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61070a60208301846110f9565b5f60208284031215611149575f5ffd5b5035919050565b80356001600160a01b0381168114610b67575f5ffd5b5f5f60408385031215611177575f5ffd5b61118083611150565b946020939093013593505050565b5f5f5f606084860312156111a0575f5ffd5b6111a984611150565b92506111b760208501611150565b929592945050506040919091013590565b602080825282518282018190525f918401906040840190835b818110156111ff5783518352602093840193909201916001016111e1565b509095945050505050565b5f6020828403121561121a575f5ffd5b61070a82611150565b5f5f60408385031215611234575f5ffd5b61123d83611150565b915060208301358015158114611251575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611283575f5ffd5b61128c85611150565b935061129a60208601611150565b925060408501359150606085013567ffffffffffffffff8111156112bc575f5ffd5b8501601f810187136112cc575f5ffd5b803567ffffffffffffffff8111156112e6576112e661125c565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156113155761131561125c565b60405281815282820160200189101561132c575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f60608587031215611360575f5ffd5b84359350602085013567ffffffffffffffff81111561137d575f5ffd5b8501601f8101871361138d575f5ffd5b803567ffffffffffffffff8111156113a3575f5ffd5b8760208284010111156113b4575f5ffd5b949760209190910196509394604001359392505050565b5f5f604083850312156113dc575f5ffd5b6113e583611150565b91506113f360208401611150565b90509250929050565b600181811c9082168061141057607f821691505b60208210810361142e57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b5f6110be6114598386611434565b84611434565b5f6001820161147c57634e487b7160e01b5f52601160045260245ffd5b5060010190565b601f8211156104ed57805f5260205f20601f840160051c810160208510156114a85750805b601f840160051c820191505b81811015610d2b575f81556001016114b4565b815167ffffffffffffffff8111156114e1576114e161125c565b6114f5816114ef84546113fc565b84611483565b6020601f821160018114611527575f83156115105750848201515b5f19600385901b1c1916600184901b178455610d2b565b5f84815260208120601f198516915b828110156115565787850151825560209485019460019092019101611536565b508482101561157357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906115eb908301846110f9565b9695505050505050565b5f60208284031215611605575f5ffd5b815161070a816110c656fea26469706673582212202148736f35e983106c861e416c54cf6d2a57ed7cab4e90a314c2e6471b89b0b164736f6c634300081e0033",
}

// AgentRegistry is an auto generated Go binding around an Ethereum contract.
type AgentRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AgentRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAgentRegistry creates a new instance of AgentRegistry.
func NewAgentRegistry() *AgentRegistry {
	parsed, err := AgentRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AgentRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AgentRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAgentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb75a1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) PackAgentOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("agentOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb75a1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) TryPackAgentOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("agentOf", id)
}

// UnpackAgentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cb75a1e.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) UnpackAgentOf(data []byte) ([32]byte, error) {
	out, err := agentRegistry.abi.Unpack("agentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAgentOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca867b3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) PackAgentOwner(arg0 [32]byte) []byte {
	enc, err := agentRegistry.abi.Pack("agentOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca867b3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) TryPackAgentOwner(arg0 [32]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("agentOwner", arg0)
}

// UnpackAgentOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca867b3f.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) UnpackAgentOwner(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("agentOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := agentRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return agentRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecate(uint256 id) returns()
func (agentRegistry *AgentRegistry) PackDeprecate(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("deprecate", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecate(uint256 id) returns()
func (agentRegistry *AgentRegistry) TryPackDeprecate(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("deprecate", id)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := agentRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return agentRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDeprecated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x446de69a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) PackIsDeprecated(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("isDeprecated", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDeprecated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x446de69a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackIsDeprecated(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("isDeprecated", id)
}

// UnpackIsDeprecated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x446de69a.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackIsDeprecated(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("isDeprecated", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackManifestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1aa9e6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) PackManifestOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("manifestOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManifestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1aa9e6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) TryPackManifestOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("manifestOf", id)
}

// UnpackManifestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1aa9e6d.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) UnpackManifestOf(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("manifestOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) PackName() []byte {
	enc, err := agentRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) TryPackName() ([]byte, error) {
	return agentRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) UnpackName(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) PackNextId() []byte {
	enc, err := agentRegistry.abi.Pack("nextId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackNextId() ([]byte, error) {
	return agentRegistry.abi.Pack("nextId")
}

// UnpackNextId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b8ce8c.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackNextId(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("nextId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPriceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9186d7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) PackPriceOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("priceOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9186d7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackPriceOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("priceOf", id)
}

// UnpackPriceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9186d7d.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackPriceOf(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("priceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5191e21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) PackPublishVersion(agentKey [32]byte, manifestCID string, pricePerUnit *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("publishVersion", agentKey, manifestCID, pricePerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5191e21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) TryPackPublishVersion(agentKey [32]byte, manifestCID string, pricePerUnit *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("publishVersion", agentKey, manifestCID, pricePerUnit)
}

// UnpackPublishVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5191e21.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) UnpackPublishVersion(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("publishVersion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (agentRegistry *AgentRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := agentRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (agentRegistry *AgentRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return agentRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (agentRegistry *AgentRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := agentRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (agentRegistry *AgentRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return agentRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := agentRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) PackSymbol() []byte {
	enc, err := agentRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) TryPackSymbol() ([]byte, error) {
	return agentRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b425214.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) PackVersionsOf(agentKey [32]byte) []byte {
	enc, err := agentRegistry.abi.Pack("versionsOf", agentKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b425214.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) TryPackVersionsOf(agentKey [32]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("versionsOf", agentKey)
}

// UnpackVersionsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b425214.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) UnpackVersionsOf(data []byte) ([]*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("versionsOf", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// AgentRegistryAgentClaimed represents a AgentClaimed event raised by the AgentRegistry contract.
type AgentRegistryAgentClaimed struct {
	AgentKey [32]byte
	Owner    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryAgentClaimedEventName = "AgentClaimed"

// ContractEventName returns the user-defined event name.
func (AgentRegistryAgentClaimed) ContractEventName() string {
	return AgentRegistryAgentClaimedEventName
}

// UnpackAgentClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentClaimed(bytes32 indexed agentKey, address indexed owner)
func (agentRegistry *AgentRegistry) UnpackAgentClaimedEvent(log *types.Log) (*AgentRegistryAgentClaimed, error) {
	event := "AgentClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryAgentClaimed)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryApproval represents a Approval event raised by the AgentRegistry contract.
type AgentRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AgentRegistryApproval) ContractEventName() string {
	return AgentRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackApprovalEvent(log *types.Log) (*AgentRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryApproval)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryApprovalForAll represents a ApprovalForAll event raised by the AgentRegistry contract.
type AgentRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AgentRegistryApprovalForAll) ContractEventName() string {
	return AgentRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (agentRegistry *AgentRegistry) UnpackApprovalForAllEvent(log *types.Log) (*AgentRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryTransfer represents a Transfer event raised by the AgentRegistry contract.
type AgentRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AgentRegistryTransfer) ContractEventName() string {
	return AgentRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackTransferEvent(log *types.Log) (*AgentRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryTransfer)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryVersionDeprecated represents a VersionDeprecated event raised by the AgentRegistry contract.
type AgentRegistryVersionDeprecated struct {
	AgentKey [32]byte
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryVersionDeprecatedEventName = "VersionDeprecated"

// ContractEventName returns the user-defined event name.
func (AgentRegistryVersionDeprecated) ContractEventName() string {
	return AgentRegistryVersionDeprecatedEventName
}

// UnpackVersionDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionDeprecated(bytes32 indexed agentKey, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackVersionDeprecatedEvent(log *types.Log) (*AgentRegistryVersionDeprecated, error) {
	event := "VersionDeprecated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryVersionDeprecated)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryVersionPublished represents a VersionPublished event raised by the AgentRegistry contract.
type AgentRegistryVersionPublished struct {
	AgentKey     [32]byte
	TokenId      *big.Int
	Owner        common.Address
	ManifestCID  string
	PricePerUnit *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AgentRegistryVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (AgentRegistryVersionPublished) ContractEventName() string {
	return AgentRegistryVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(bytes32 indexed agentKey, uint256 indexed tokenId, address indexed owner, string manifestCID, uint256 pricePerUnit)
func (agentRegistry *AgentRegistry) UnpackVersionPublishedEvent(log *types.Log) (*AgentRegistryVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryVersionPublished)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (agentRegistry *AgentRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["AlreadyDeprecated"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackAlreadyDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["EmptyManifest"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackEmptyManifestError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["NotAgentOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackNotAgentOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["NotVersionOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackNotVersionOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["UnknownVersion"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ZeroAgentKey"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackZeroAgentKeyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AgentRegistryAlreadyDeprecated represents a AlreadyDeprecated error raised by the AgentRegistry contract.
type AgentRegistryAlreadyDeprecated struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDeprecated(uint256 tokenId)
func AgentRegistryAlreadyDeprecatedErrorID() common.Hash {
	return common.HexToHash("0xa566e89c1173e306540da1276a93bdabc08286beaf5c8765a6ea1c9fdcb246ba")
}

// UnpackAlreadyDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDeprecated(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackAlreadyDeprecatedError(raw []byte) (*AgentRegistryAlreadyDeprecated, error) {
	out := new(AgentRegistryAlreadyDeprecated)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "AlreadyDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the AgentRegistry contract.
type AgentRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func AgentRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (agentRegistry *AgentRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*AgentRegistryERC721IncorrectOwner, error) {
	out := new(AgentRegistryERC721IncorrectOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the AgentRegistry contract.
type AgentRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func AgentRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*AgentRegistryERC721InsufficientApproval, error) {
	out := new(AgentRegistryERC721InsufficientApproval)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func AgentRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidApproverError(raw []byte) (*AgentRegistryERC721InvalidApprover, error) {
	out := new(AgentRegistryERC721InvalidApprover)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func AgentRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*AgentRegistryERC721InvalidOperator, error) {
	out := new(AgentRegistryERC721InvalidOperator)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func AgentRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*AgentRegistryERC721InvalidOwner, error) {
	out := new(AgentRegistryERC721InvalidOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func AgentRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*AgentRegistryERC721InvalidReceiver, error) {
	out := new(AgentRegistryERC721InvalidReceiver)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func AgentRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidSenderError(raw []byte) (*AgentRegistryERC721InvalidSender, error) {
	out := new(AgentRegistryERC721InvalidSender)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the AgentRegistry contract.
type AgentRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func AgentRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*AgentRegistryERC721NonexistentToken, error) {
	out := new(AgentRegistryERC721NonexistentToken)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryEmptyManifest represents a EmptyManifest error raised by the AgentRegistry contract.
type AgentRegistryEmptyManifest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyManifest()
func AgentRegistryEmptyManifestErrorID() common.Hash {
	return common.HexToHash("0xd9313d2917e6ed7f09348eab6522a494f90cfe097f11ce8a71065698a9ac9546")
}

// UnpackEmptyManifestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyManifest()
func (agentRegistry *AgentRegistry) UnpackEmptyManifestError(raw []byte) (*AgentRegistryEmptyManifest, error) {
	out := new(AgentRegistryEmptyManifest)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "EmptyManifest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryNotAgentOwner represents a NotAgentOwner error raised by the AgentRegistry contract.
type AgentRegistryNotAgentOwner struct {
	AgentKey [32]byte
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgentOwner(bytes32 agentKey, address owner)
func AgentRegistryNotAgentOwnerErrorID() common.Hash {
	return common.HexToHash("0xa1b84ca3ba88cd34c2329f229bdb6814039ac23f7be3e4a11cf41f573ca3e9d3")
}

// UnpackNotAgentOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgentOwner(bytes32 agentKey, address owner)
func (agentRegistry *AgentRegistry) UnpackNotAgentOwnerError(raw []byte) (*AgentRegistryNotAgentOwner, error) {
	out := new(AgentRegistryNotAgentOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "NotAgentOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryNotVersionOwner represents a NotVersionOwner error raised by the AgentRegistry contract.
type AgentRegistryNotVersionOwner struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVersionOwner(uint256 tokenId)
func AgentRegistryNotVersionOwnerErrorID() common.Hash {
	return common.HexToHash("0xd5e46d6f1f2b370b5cf446f840b2c27a3919ecde8f3b16311a2b731011aecc81")
}

// UnpackNotVersionOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVersionOwner(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackNotVersionOwnerError(raw []byte) (*AgentRegistryNotVersionOwner, error) {
	out := new(AgentRegistryNotVersionOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "NotVersionOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryUnknownVersion represents a UnknownVersion error raised by the AgentRegistry contract.
type AgentRegistryUnknownVersion struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownVersion(uint256 tokenId)
func AgentRegistryUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0xd2a39246624a71163c69877b18501e0ca71d5c946abbdea856dc745e811708a9")
}

// UnpackUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownVersion(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackUnknownVersionError(raw []byte) (*AgentRegistryUnknownVersion, error) {
	out := new(AgentRegistryUnknownVersion)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "UnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryZeroAgentKey represents a ZeroAgentKey error raised by the AgentRegistry contract.
type AgentRegistryZeroAgentKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAgentKey()
func AgentRegistryZeroAgentKeyErrorID() common.Hash {
	return common.HexToHash("0x9d1311fc84d5793092b91835b28e90d32f34327277339ca9d75d9d5f0803a2cb")
}

// UnpackZeroAgentKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAgentKey()
func (agentRegistry *AgentRegistry) UnpackZeroAgentKeyError(raw []byte) (*AgentRegistryZeroAgentKey, error) {
	out := new(AgentRegistryZeroAgentKey)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ZeroAgentKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenMetaData contains all meta data concerning the CereToken contract.
var CereTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CereToken",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610d0b380380610d0b83398101604081905261002e91610288565b82604051806040016040528060048152602001634365726560e01b815250604051806040016040528060048152602001634345524560e01b81525081600390816100789190610370565b5060046100858282610370565b5050506001600160a01b0381166100b657604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100bf816100d9565b5060ff82166080526100d1838261012a565b50505061044f565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0382166101535760405163ec442f0560e01b81525f60048201526024016100ad565b61015e5f8383610162565b5050565b6001600160a01b03831661018c578060025f828254610181919061042a565b909155506101fc9050565b6001600160a01b0383165f90815260208190526040902054818110156101de5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100ad565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661021857600280548290039055610236565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161027b91815260200190565b60405180910390a3505050565b5f5f5f6060848603121561029a575f5ffd5b83516001600160a01b03811681146102b0575f5ffd5b602085015190935060ff811681146102c6575f5ffd5b80925050604084015190509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061030057607f821691505b60208210810361031e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561036b57805f5260205f20601f840160051c810160208510156103495750805b601f840160051c820191505b81811015610368575f8155600101610355565b50505b505050565b81516001600160401b03811115610389576103896102d8565b61039d8161039784546102ec565b84610324565b6020601f8211600181146103cf575f83156103b85750848201515b5f19600385901b1c1916600184901b178455610368565b5f84815260208120601f198516915b828110156103fe57878501518255602094850194600190920191016103de565b508482101561041b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082018082111561044957634e487b7160e01b5f52601160045260245ffd5b92915050565b6080516108a46104675f395f61013c01526108a45ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c806370a082311161008857806395d89b411161006357806395d89b41146101c6578063a9059cbb146101ce578063dd62ed3e146101e1578063f2fde38b14610219575f5ffd5b806370a082311461017b578063715018a6146101a35780638da5cb5b146101ab575f5ffd5b806306fdde03146100cf578063095ea7b3146100ed57806318160ddd1461011057806323b872dd14610122578063313ce5671461013557806340c10f1914610166575b5f5ffd5b6100d761022c565b6040516100e49190610714565b60405180910390f35b6101006100fb366004610764565b6102bc565b60405190151581526020016100e4565b6002545b6040519081526020016100e4565b61010061013036600461078c565b6102d5565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100e4565b610179610174366004610764565b6102f8565b005b6101146101893660046107c6565b6001600160a01b03165f9081526020819052604090205490565b61017961030e565b6005546040516001600160a01b0390911681526020016100e4565b6100d7610321565b6101006101dc366004610764565b610330565b6101146101ef3660046107e6565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101796102273660046107c6565b61033d565b60606003805461023b90610817565b80601f016020809104026020016040519081016040528092919081815260200182805461026790610817565b80156102b25780601f10610289576101008083540402835291602001916102b2565b820191905f5260205f20905b81548152906001019060200180831161029557829003601f168201915b5050505050905090565b5f336102c981858561037f565b60019150505b92915050565b5f336102e2858285610391565b6102ed85858561040d565b506001949350505050565b61030061046a565b61030a8282610497565b5050565b61031661046a565b61031f5f6104cb565b565b60606004805461023b90610817565b5f336102c981858561040d565b61034561046a565b6001600160a01b03811661037357604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61037c816104cb565b50565b61038c838383600161051c565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561040757818110156103f957604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161036a565b61040784848484035f61051c565b50505050565b6001600160a01b03831661043657604051634b637e8f60e11b81525f600482015260240161036a565b6001600160a01b03821661045f5760405163ec442f0560e01b81525f600482015260240161036a565b61038c8383836105ee565b6005546001600160a01b0316331461031f5760405163118cdaa760e01b815233600482015260240161036a565b6001600160a01b0382166104c05760405163ec442f0560e01b81525f600482015260240161036a565b61030a5f83836105ee565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0384166105455760405163e602df0560e01b81525f600482015260240161036a565b6001600160a01b03831661056e57604051634a1406b160e11b81525f600482015260240161036a565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561040757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105e091815260200190565b60405180910390a350505050565b6001600160a01b038316610618578060025f82825461060d919061084f565b909155506106889050565b6001600160a01b0383165f908152602081905260409020548181101561066a5760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161036a565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106a4576002805482900390556106c2565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161070791815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461075f575f5ffd5b919050565b5f5f60408385031215610775575f5ffd5b61077e83610749565b946020939093013593505050565b5f5f5f6060848603121561079e575f5ffd5b6107a784610749565b92506107b560208501610749565b929592945050506040919091013590565b5f602082840312156107d6575f5ffd5b6107df82610749565b9392505050565b5f5f604083850312156107f7575f5ffd5b61080083610749565b915061080e60208401610749565b90509250929050565b600181811c9082168061082b57607f821691505b60208210810361084957634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102cf57634e487b7160e01b5f52601160045260245ffdfea26469706673582212201536be6f635172916570ec9bb5a5d4dbf0f32f782c371290a41e9eef8e7d4cce64736f6c634300081e0033",
}

// CereToken is an auto generated Go binding around an Ethereum contract.
type CereToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CereToken) GetABI() abi.ABI {
	return c.abi
}

// NewCereToken creates a new instance of CereToken.
func NewCereToken() *CereToken {
	parsed, err := CereTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CereToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CereToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, uint8 decimals_, uint256 supply) returns()
func (cereToken *CereToken) PackConstructor(owner_ common.Address, decimals_ uint8, supply *big.Int) []byte {
	enc, err := cereToken.abi.Pack("", owner_, decimals_, supply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := cereToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return cereToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackApprove(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) PackBalanceOf(account common.Address) []byte {
	enc, err := cereToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return cereToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) PackDecimals() []byte {
	enc, err := cereToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) TryPackDecimals() ([]byte, error) {
	return cereToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := cereToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cereToken *CereToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := cereToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cereToken *CereToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) PackName() []byte {
	enc, err := cereToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) TryPackName() ([]byte, error) {
	return cereToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) UnpackName(data []byte) (string, error) {
	out, err := cereToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) PackOwner() []byte {
	enc, err := cereToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) TryPackOwner() ([]byte, error) {
	return cereToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := cereToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (cereToken *CereToken) PackRenounceOwnership() []byte {
	enc, err := cereToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (cereToken *CereToken) TryPackRenounceOwnership() ([]byte, error) {
	return cereToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) PackSymbol() []byte {
	enc, err := cereToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) TryPackSymbol() ([]byte, error) {
	return cereToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) UnpackSymbol(data []byte) (string, error) {
	out, err := cereToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) PackTotalSupply() []byte {
	enc, err := cereToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) TryPackTotalSupply() ([]byte, error) {
	return cereToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (cereToken *CereToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := cereToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (cereToken *CereToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return cereToken.abi.Pack("transferOwnership", newOwner)
}

// CereTokenApproval represents a Approval event raised by the CereToken contract.
type CereTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CereTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CereTokenApproval) ContractEventName() string {
	return CereTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (cereToken *CereToken) UnpackApprovalEvent(log *types.Log) (*CereTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenApproval)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CereTokenOwnershipTransferred represents a OwnershipTransferred event raised by the CereToken contract.
type CereTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CereTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (CereTokenOwnershipTransferred) ContractEventName() string {
	return CereTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (cereToken *CereToken) UnpackOwnershipTransferredEvent(log *types.Log) (*CereTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CereTokenTransfer represents a Transfer event raised by the CereToken contract.
type CereTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CereTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CereTokenTransfer) ContractEventName() string {
	return CereTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (cereToken *CereToken) UnpackTransferEvent(log *types.Log) (*CereTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenTransfer)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (cereToken *CereToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return cereToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return cereToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CereTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the CereToken contract.
type CereTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func CereTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (cereToken *CereToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*CereTokenERC20InsufficientAllowance, error) {
	out := new(CereTokenERC20InsufficientAllowance)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the CereToken contract.
type CereTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func CereTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (cereToken *CereToken) UnpackERC20InsufficientBalanceError(raw []byte) (*CereTokenERC20InsufficientBalance, error) {
	out := new(CereTokenERC20InsufficientBalance)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the CereToken contract.
type CereTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func CereTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (cereToken *CereToken) UnpackERC20InvalidApproverError(raw []byte) (*CereTokenERC20InvalidApprover, error) {
	out := new(CereTokenERC20InvalidApprover)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the CereToken contract.
type CereTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func CereTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (cereToken *CereToken) UnpackERC20InvalidReceiverError(raw []byte) (*CereTokenERC20InvalidReceiver, error) {
	out := new(CereTokenERC20InvalidReceiver)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the CereToken contract.
type CereTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func CereTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (cereToken *CereToken) UnpackERC20InvalidSenderError(raw []byte) (*CereTokenERC20InvalidSender, error) {
	out := new(CereTokenERC20InvalidSender)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the CereToken contract.
type CereTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func CereTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (cereToken *CereToken) UnpackERC20InvalidSpenderError(raw []byte) (*CereTokenERC20InvalidSpender, error) {
	out := new(CereTokenERC20InvalidSpender)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the CereToken contract.
type CereTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func CereTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (cereToken *CereToken) UnpackOwnableInvalidOwnerError(raw []byte) (*CereTokenOwnableInvalidOwner, error) {
	out := new(CereTokenOwnableInvalidOwner)
	if err := cereToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the CereToken contract.
type CereTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func CereTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (cereToken *CereToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*CereTokenOwnableUnauthorizedAccount, error) {
	out := new(CereTokenOwnableUnauthorizedAccount)
	if err := cereToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTMetaData contains all meta data concerning the LicenceNFT contract.
var LicenceNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAgentVersions\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"BadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"}],\"name\":\"DeprecatedSubject\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"InTheFuture\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotGrantor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"}],\"name\":\"NotSubjectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"OverLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SettlementAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownLicence\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"}],\"name\":\"Consumed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"grantor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"}],\"name\":\"Granted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"SettlementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expires\",\"type\":\"uint64\"}],\"name\":\"UpdateUser\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"consume\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"}],\"name\":\"grant\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"isValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"licence\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"grantor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"usedUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"usedComputeMs\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structLicenceNFT.Licence\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIAgentVersions\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"remaining\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settlement_\",\"type\":\"address\"}],\"name\":\"setSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"userExpires\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"userOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "LicenceNFT",
	Bin: "0x60c06040526001600855348015610014575f5ffd5b50604051612347380380612347833981016040819052610033916100ab565b6040518060400160405280600c81526020016b43657265204c6963656e636560a01b81525060405180604001604052806007815260200166434552454c494360c81b815250815f90816100869190610170565b5060016100938282610170565b5050506001600160a01b03166080523360a05261022a565b5f602082840312156100bb575f5ffd5b81516001600160a01b03811681146100d1575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061010057607f821691505b60208210810361011e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561016b57805f5260205f20601f840160051c810160208510156101495750805b601f840160051c820191505b81811015610168575f8155600101610155565b50505b505050565b81516001600160401b03811115610189576101896100d8565b61019d8161019784546100ec565b84610124565b6020601f8211600181146101cf575f83156101b85750848201515b5f19600385901b1c1916600184901b178455610168565b5f84815260208120601f198516915b828110156101fe57878501518255602094850194600190920191016101de565b508482101561021b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a0516120e76102605f395f610c7a01525f81816102e2015281816105d00152818161093201526109da01526120e75ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80636352211e116100d9578063a22cb46511610093578063c87b56dd1161006e578063c87b56dd1461036b578063e985e9c51461037e578063eb456c5d14610391578063ef37fa66146103a4575f5ffd5b8063a22cb46514610332578063b88d4fde14610345578063c2f1f14a14610358575f5ffd5b80636352211e146102b757806370a08231146102ca5780637b103999146102dd5780638f4e6f37146103045780638fc88c481461031757806395d89b411461032a575f5ffd5b806321059fe01161012a57806321059fe01461023457806323b872dd1461025457806342842e0e14610267578063511606301461027a5780635f986f541461028d57806361b8ce8c146102ae575f5ffd5b806301ffc9a7146101715780630361bf141461019957806306fdde03146101cc578063081812fc146101e1578063095ea7b31461020c57806320c5429b14610221575b5f5ffd5b61018461017f366004611a1b565b6103b7565b60405190151581526020015b60405180910390f35b6101ac6101a7366004611a36565b610408565b604080516001600160401b03938416815292909116602083015201610190565b6101d46104c7565b6040516101909190611a7b565b6101f46101ef366004611a36565b610556565b6040516001600160a01b039091168152602001610190565b61021f61021a366004611aa1565b61057d565b005b61021f61022f366004611a36565b61058c565b610247610242366004611a36565b610720565b6040516101909190611b05565b61021f610262366004611bda565b610863565b61021f610275366004611bda565b6108ec565b6006546101f4906001600160a01b031681565b6102a061029b366004611c2e565b61090b565b604051908152602001610190565b6102a060085481565b6101f46102c5366004611a36565b610c20565b6102a06102d8366004611cf9565b610c2a565b6101f47f000000000000000000000000000000000000000000000000000000000000000081565b61021f610312366004611cf9565b610c6f565b6102a0610325366004611a36565b610d36565b6101d4610d83565b61021f610340366004611d21565b610d92565b61021f610353366004611d6c565b610d9d565b6101f4610366366004611a36565b610db5565b6101d4610379366004611a36565b610dd3565b61018461038c366004611e4a565b610e44565b61018461039f366004611e76565b610e71565b61021f6103b2366004611ea0565b610f85565b5f6001600160e01b031982166380ac58cd60e01b14806103e757506001600160e01b03198216635b5e139f60e01b145b8061040257506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f5f610414846111fa565b6002810154909150600160801b90046001600160401b03161561045d5760038101546002820154610458916001600160401b0390811691600160801b900416611efe565b610466565b6001600160401b035b6002820154909350600160c01b90046001600160401b0316156104b657600381015460028201546104b1916001600160401b03600160401b909104811691600160c01b900416611efe565b6104bf565b6001600160401b035b915050915091565b60605f80546104d590611f1d565b80601f016020809104026020016040519081016040528092919081815260200182805461050190611f1d565b801561054c5780601f106105235761010080835404028352916020019161054c565b820191905f5260205f20905b81548152906001019060200180831161052f57829003601f168201915b5050505050905090565b5f61056082611246565b505f828152600460205260409020546001600160a01b0316610402565b61058882823361127e565b5050565b5f610596826111fa565b90505f81600101545f036105b45781546001600160a01b0316610641565b60018201546040516331a9108f60e11b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa15801561061d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106419190611f55565b90506001600160a01b038116331461067457604051630c50319d60e21b8152600481018490526024015b60405180910390fd5b6003820154600160801b900460ff16156106a45760405163e80455f560e01b81526004810184905260240161066b565b60038201805460ff60801b1916600160801b17905560405183907f61e27b0bfd8e18e6b92ec32ce1c28bb698d27bfe93e84c7e94d4db0a3135c760905f90a26040515f8082529084907f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe906020015b60405180910390a3505050565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082019290925261012081019190915261077b826111fa565b604080516101408101825282546001600160a01b03168152600183015460208083019190915260028401546001600160401b0380821684860152600160401b80830482166060860152600160801b80840483166080870152600160c01b909304821660a0860152600387015480831660c087015290810490911660e08501520460ff161515610100830152600484018054845181840281018401909552808552929493610120860193909283018282801561085357602002820191905f5260205f20905b81548152602001906001019080831161083f575b5050505050815250509050919050565b6001600160a01b03821661088c57604051633250574960e11b81525f600482015260240161066b565b5f61089883833361128b565b9050836001600160a01b0316816001600160a01b0316146108e6576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161066b565b50505050565b61090683838360405180602001604052805f815250610d9d565b505050565b5f8715610a6c576040516331a9108f60e11b81526004810189905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015610977573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061099b9190611f55565b6001600160a01b0316146109c45760405162667e7360e31b81526004810189905260240161066b565b604051632236f34d60e11b8152600481018990527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063446de69a90602401602060405180830381865afa158015610a27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a4b9190611f70565b15610a6c576040516330632edd60e21b81526004810189905260240161066b565b846001600160401b0316846001600160401b0316111580610a96575042846001600160401b031611155b15610ac75760405163d389761b60e01b81526001600160401b0380871660048301528516602482015260440161066b565b60088054905f610ad683611f8b565b909155505f8181526007602052604090208054336001600160a01b0319909116178155600181018a90556002810180546001600160401b038981166001600160801b031990921691909117600160401b89831602176fffffffffffffffffffffffffffffffff16600160801b888316026001600160c01b031617600160c01b91871691909102179055909150610b706004820189896119a6565b50610b7b8a83611366565b888a6001600160a01b0316837f3c02e9e460f87a5202b735b8584b5e33d851472712cb0a56bc3700b9af006952338c8c8c8c8c8c604051610bc29796959493929190611fa3565b60405180910390a46040516001600160401b03861681526001600160a01b038b169083907f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe9060200160405180910390a35098975050505050505050565b5f61040282611246565b5f6001600160a01b038216610c54576040516322718ad960e21b81525f600482015260240161066b565b506001600160a01b03165f9081526003602052604090205490565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610cb857604051638b906c9760e01b815260040160405180910390fd5b6006546001600160a01b031615610ce257604051632584678960e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca999060200160405180910390a150565b5f5f610d41836111fa565b6003810154909150600160801b900460ff16610d71576002810154600160401b90046001600160401b0316610d73565b5f5b6001600160401b03169392505050565b6060600180546104d590611f1d565b6105883383836113c7565b610da8848484610863565b6108e6338585858561145d565b5f610dc08242610e71565b610dca575f610402565b61040282610c20565b6060610dde82611246565b505f610df460408051602081019091525f815290565b90505f815111610e125760405180602001604052805f815250610e3d565b80610e1c84611585565b604051602001610e2d929190612027565b6040516020818303038152906040525b9392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f8281526007602052604081206002810154600160401b90046001600160401b03161580610eaa57506003810154600160801b900460ff165b80610ec5575060028101546001600160401b03908116908416105b80610ee8575060028101546001600160401b03600160401b909104811690841610155b15610ef6575f915050610402565b6002810154600160801b90046001600160401b03161580610f325750600281015460038201546001600160401b03600160801b90920482169116105b8015610f7d57506002810154600160c01b90046001600160401b03161580610f7d575060028101546003820154600160c01b9091046001600160401b03908116600160401b90920416105b949350505050565b6006546001600160a01b03163314610fb0576040516376f04f9560e11b815260040160405180910390fd5b42816001600160401b03161115610fe557604051632f4ad1b160e21b81526001600160401b038216600482015260240161066b565b610fef8482610e71565b61100f57604051630dcfd36360e21b81526004810185905260240161066b565b5f8481526007602052604090206003810154611036906001600160401b0390811690611efe565b6001600160401b0316846001600160401b0316118061108657506003810154611071906001600160401b03600160401b909104811690611efe565b6001600160401b0316836001600160401b0316115b156110a757604051631cfe728160e31b81526004810186905260240161066b565b60038101545f906110c29086906001600160401b031661203b565b60038301549091505f906110e7908690600160401b90046001600160401b031661203b565b6002840154909150600160801b90046001600160401b031615801590611124575060028301546001600160401b03600160801b9091048116908316115b8061116457506002830154600160c01b90046001600160401b031615801590611164575060028301546001600160401b03600160c01b9091048116908216115b1561118557604051631cfe728160e31b81526004810188905260240161066b565b6003830180546001600160401b038481166001600160801b031990921691909117600160401b8483160217909155604080518883168152918716602083015288917fd89516eb591ab6b2742a52f113cbfc5196225d90ef49368fa2db41daa3295c31910160405180910390a250505050505050565b5f81815260076020526040812060028101549091600160401b9091046001600160401b03169003611241576040516349adf88f60e01b81526004810183905260240161066b565b919050565b5f818152600260205260408120546001600160a01b03168061040257604051637e27328960e01b81526004810184905260240161066b565b6109068383836001611614565b5f611297848484611718565b90506001600160a01b038116158015906112b957506001600160a01b03841615155b15610e3d575f8381526007602052604090206003810154600160801b900460ff166112e457846112e6565b5f5b6001600160a01b0316847f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe8360030160109054906101000a900460ff16611341576002840154600160401b90046001600160401b0316611343565b5f5b6040516001600160401b03909116815260200160405180910390a3509392505050565b6001600160a01b03821661138f57604051633250574960e11b81525f600482015260240161066b565b5f61139b83835f61128b565b90506001600160a01b03811615610906576040516339e3563760e11b81525f600482015260240161066b565b6001600160a01b0382166113f957604051630b61174360e31b81526001600160a01b038316600482015260240161066b565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c319101610713565b6001600160a01b0383163b1561157e57604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061149f90889088908790879060040161205a565b6020604051808303815f875af19250505080156114d9575060408051601f3d908101601f191682019092526114d691810190612096565b60015b611540573d808015611506576040519150601f19603f3d011682016040523d82523d5f602084013e61150b565b606091505b5080515f0361153857604051633250574960e11b81526001600160a01b038516600482015260240161066b565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461157c57604051633250574960e11b81526001600160a01b038516600482015260240161066b565b505b5050505050565b60605f6115918361180a565b60010190505f816001600160401b038111156115af576115af611d58565b6040519080825280601f01601f1916602001820160405280156115d9576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846115e357509392505050565b808061162857506001600160a01b03821615155b156116e9575f61163784611246565b90506001600160a01b038316158015906116635750826001600160a01b0316816001600160a01b031614155b801561167657506116748184610e44565b155b1561169f5760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161066b565b81156116e75783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b0390811690831615611744576117448184866118e1565b6001600160a01b0381161561177e5761175f5f855f5f611614565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156117ac576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106118485772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611874576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061189257662386f26fc10000830492506010015b6305f5e10083106118aa576305f5e100830492506008015b61271083106118be57612710830492506004015b606483106118d0576064830492506002015b600a83106104025760010192915050565b6118ec838383611945565b610906576001600160a01b03831661191a57604051637e27328960e01b81526004810182905260240161066b565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161066b565b5f6001600160a01b03831615801590610f7d5750826001600160a01b0316846001600160a01b0316148061197e575061197e8484610e44565b80610f7d5750505f908152600460205260409020546001600160a01b03908116911614919050565b828054828255905f5260205f209081019282156119df579160200282015b828111156119df5782358255916020019190600101906119c4565b506119eb9291506119ef565b5090565b5b808211156119eb575f81556001016119f0565b6001600160e01b031981168114611a18575f5ffd5b50565b5f60208284031215611a2b575f5ffd5b8135610e3d81611a03565b5f60208284031215611a46575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e3d6020830184611a4d565b6001600160a01b0381168114611a18575f5ffd5b5f5f60408385031215611ab2575f5ffd5b8235611abd81611a8d565b946020939093013593505050565b5f8151808452602084019350602083015f5b82811015611afb578151865260209586019590910190600101611add565b5093949350505050565b60208152611b1f6020820183516001600160a01b03169052565b602082015160408201525f6040830151611b4460608401826001600160401b03169052565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e08301516001600160401b038116610100840152506101008301518015156101208401525061012083015161014080840152610f7d610160840182611acb565b5f5f5f60608486031215611bec575f5ffd5b8335611bf781611a8d565b92506020840135611c0781611a8d565b929592945050506040919091013590565b80356001600160401b0381168114611241575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215611c45575f5ffd5b8835611c5081611a8d565b97506020890135965060408901356001600160401b03811115611c71575f5ffd5b8901601f81018b13611c81575f5ffd5b80356001600160401b03811115611c96575f5ffd5b8b60208260051b8401011115611caa575f5ffd5b60209190910196509450611cc060608a01611c18565b9350611cce60808a01611c18565b9250611cdc60a08a01611c18565b9150611cea60c08a01611c18565b90509295985092959890939650565b5f60208284031215611d09575f5ffd5b8135610e3d81611a8d565b8015158114611a18575f5ffd5b5f5f60408385031215611d32575f5ffd5b8235611d3d81611a8d565b91506020830135611d4d81611d14565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611d7f575f5ffd5b8435611d8a81611a8d565b93506020850135611d9a81611a8d565b92506040850135915060608501356001600160401b03811115611dbb575f5ffd5b8501601f81018713611dcb575f5ffd5b80356001600160401b03811115611de457611de4611d58565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611e1257611e12611d58565b604052818152828201602001891015611e29575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611e5b575f5ffd5b8235611e6681611a8d565b91506020830135611d4d81611a8d565b5f5f60408385031215611e87575f5ffd5b82359150611e9760208401611c18565b90509250929050565b5f5f5f5f60808587031215611eb3575f5ffd5b84359350611ec360208601611c18565b9250611ed160408601611c18565b9150611edf60608601611c18565b905092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561040257610402611eea565b600181811c90821680611f3157607f821691505b602082108103611f4f57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215611f65575f5ffd5b8151610e3d81611a8d565b5f60208284031215611f80575f5ffd5b8151610e3d81611d14565b5f60018201611f9c57611f9c611eea565b5060010190565b6001600160a01b038816815260c06020820181905281018690525f6001600160fb1b03871115611fd1575f5ffd5b8660051b808960e08501376001600160401b039687166040840152948616606083015250918416608083015290921660a08301520160e0019392505050565b5f81518060208401855e5f93019283525090919050565b5f610f7d6120358386612010565b84612010565b6001600160401b03818116838216019081111561040257610402611eea565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061208c90830184611a4d565b9695505050505050565b5f602082840312156120a6575f5ffd5b8151610e3d81611a0356fea264697066735822122011cf3a3e3cc79d68dc60d5ef383c953559920a73c5ebdba4ba0db0b3de8737ab64736f6c634300081e0033",
}

// LicenceNFT is an auto generated Go binding around an Ethereum contract.
type LicenceNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LicenceNFT) GetABI() abi.ABI {
	return c.abi
}

// NewLicenceNFT creates a new instance of LicenceNFT.
func NewLicenceNFT() *LicenceNFT {
	parsed, err := LicenceNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LicenceNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LicenceNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (licenceNFT *LicenceNFT) PackConstructor(registry_ common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConsume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef37fa66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consume(uint256 id, uint64 units, uint64 computeMs, uint64 at) returns()
func (licenceNFT *LicenceNFT) PackConsume(id *big.Int, units uint64, computeMs uint64, at uint64) []byte {
	enc, err := licenceNFT.abi.Pack("consume", id, units, computeMs, at)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef37fa66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consume(uint256 id, uint64 units, uint64 computeMs, uint64 at) returns()
func (licenceNFT *LicenceNFT) TryPackConsume(id *big.Int, units uint64, computeMs uint64, at uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("consume", id, units, computeMs, at)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f986f54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) PackGrant(licensee common.Address, subject *big.Int, dataTypes [][32]byte, notBefore uint64, expiresAt uint64, maxUnits uint64, maxComputeMs uint64) []byte {
	enc, err := licenceNFT.abi.Pack("grant", licensee, subject, dataTypes, notBefore, expiresAt, maxUnits, maxComputeMs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f986f54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) TryPackGrant(licensee common.Address, subject *big.Int, dataTypes [][32]byte, notBefore uint64, expiresAt uint64, maxUnits uint64, maxComputeMs uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("grant", licensee, subject, dataTypes, notBefore, expiresAt, maxUnits, maxComputeMs)
}

// UnpackGrant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f986f54.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) UnpackGrant(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("grant", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb456c5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) PackIsValid(id *big.Int, at uint64) []byte {
	enc, err := licenceNFT.abi.Pack("isValid", id, at)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb456c5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackIsValid(id *big.Int, at uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("isValid", id, at)
}

// UnpackIsValid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb456c5d.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackIsValid(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("isValid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21059fe0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,bool,bytes32[]))
func (licenceNFT *LicenceNFT) PackLicence(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("licence", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21059fe0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,bool,bytes32[]))
func (licenceNFT *LicenceNFT) TryPackLicence(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("licence", id)
}

// UnpackLicence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21059fe0.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,bool,bytes32[]))
func (licenceNFT *LicenceNFT) UnpackLicence(data []byte) (LicenceNFTLicence, error) {
	out, err := licenceNFT.abi.Unpack("licence", data)
	if err != nil {
		return *new(LicenceNFTLicence), err
	}
	out0 := *abi.ConvertType(out[0], new(LicenceNFTLicence)).(*LicenceNFTLicence)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) PackName() []byte {
	enc, err := licenceNFT.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) TryPackName() ([]byte, error) {
	return licenceNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) UnpackName(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) PackNextId() []byte {
	enc, err := licenceNFT.abi.Pack("nextId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackNextId() ([]byte, error) {
	return licenceNFT.abi.Pack("nextId")
}

// UnpackNextId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b8ce8c.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackNextId(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("nextId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) PackRegistry() []byte {
	enc, err := licenceNFT.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) TryPackRegistry() ([]byte, error) {
	return licenceNFT.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0361bf14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) PackRemaining(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("remaining", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0361bf14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) TryPackRemaining(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("remaining", id)
}

// RemainingOutput serves as a container for the return parameters of contract
// method Remaining.
type RemainingOutput struct {
	Units     uint64
	ComputeMs uint64
}

// UnpackRemaining is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0361bf14.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) UnpackRemaining(data []byte) (RemainingOutput, error) {
	out, err := licenceNFT.abi.Unpack("remaining", data)
	outstruct := new(RemainingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Units = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ComputeMs = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c5429b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(uint256 id) returns()
func (licenceNFT *LicenceNFT) PackRevoke(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("revoke", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c5429b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(uint256 id) returns()
func (licenceNFT *LicenceNFT) TryPackRevoke(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("revoke", id)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (licenceNFT *LicenceNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := licenceNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (licenceNFT *LicenceNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return licenceNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (licenceNFT *LicenceNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := licenceNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (licenceNFT *LicenceNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return licenceNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4e6f37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSettlement(address settlement_) returns()
func (licenceNFT *LicenceNFT) PackSetSettlement(settlement common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("setSettlement", settlement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4e6f37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSettlement(address settlement_) returns()
func (licenceNFT *LicenceNFT) TryPackSetSettlement(settlement common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("setSettlement", settlement)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) PackSettlement() []byte {
	enc, err := licenceNFT.abi.Pack("settlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) TryPackSettlement() ([]byte, error) {
	return licenceNFT.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := licenceNFT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return licenceNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) PackSymbol() []byte {
	enc, err := licenceNFT.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) TryPackSymbol() ([]byte, error) {
	return licenceNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUserExpires is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc88c48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) PackUserExpires(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("userExpires", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserExpires is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc88c48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackUserExpires(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("userExpires", id)
}

// UnpackUserExpires is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fc88c48.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackUserExpires(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("userExpires", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUserOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1f14a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) PackUserOf(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("userOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1f14a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) TryPackUserOf(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("userOf", id)
}

// UnpackUserOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1f14a.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) UnpackUserOf(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("userOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// LicenceNFTApproval represents a Approval event raised by the LicenceNFT contract.
type LicenceNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LicenceNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (LicenceNFTApproval) ContractEventName() string {
	return LicenceNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (licenceNFT *LicenceNFT) UnpackApprovalEvent(log *types.Log) (*LicenceNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTApproval)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTApprovalForAll represents a ApprovalForAll event raised by the LicenceNFT contract.
type LicenceNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const LicenceNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (LicenceNFTApprovalForAll) ContractEventName() string {
	return LicenceNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (licenceNFT *LicenceNFT) UnpackApprovalForAllEvent(log *types.Log) (*LicenceNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTConsumed represents a Consumed event raised by the LicenceNFT contract.
type LicenceNFTConsumed struct {
	Id        *big.Int
	Units     uint64
	ComputeMs uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const LicenceNFTConsumedEventName = "Consumed"

// ContractEventName returns the user-defined event name.
func (LicenceNFTConsumed) ContractEventName() string {
	return LicenceNFTConsumedEventName
}

// UnpackConsumedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Consumed(uint256 indexed id, uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) UnpackConsumedEvent(log *types.Log) (*LicenceNFTConsumed, error) {
	event := "Consumed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTConsumed)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTGranted represents a Granted event raised by the LicenceNFT contract.
type LicenceNFTGranted struct {
	Id           *big.Int
	Licensee     common.Address
	Subject      *big.Int
	Grantor      common.Address
	DataTypes    [][32]byte
	NotBefore    uint64
	ExpiresAt    uint64
	MaxUnits     uint64
	MaxComputeMs uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const LicenceNFTGrantedEventName = "Granted"

// ContractEventName returns the user-defined event name.
func (LicenceNFTGranted) ContractEventName() string {
	return LicenceNFTGrantedEventName
}

// UnpackGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Granted(uint256 indexed id, address indexed licensee, uint256 indexed subject, address grantor, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs)
func (licenceNFT *LicenceNFT) UnpackGrantedEvent(log *types.Log) (*LicenceNFTGranted, error) {
	event := "Granted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTGranted)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTRevoked represents a Revoked event raised by the LicenceNFT contract.
type LicenceNFTRevoked struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const LicenceNFTRevokedEventName = "Revoked"

// ContractEventName returns the user-defined event name.
func (LicenceNFTRevoked) ContractEventName() string {
	return LicenceNFTRevokedEventName
}

// UnpackRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revoked(uint256 indexed id)
func (licenceNFT *LicenceNFT) UnpackRevokedEvent(log *types.Log) (*LicenceNFTRevoked, error) {
	event := "Revoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTRevoked)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTSettlementSet represents a SettlementSet event raised by the LicenceNFT contract.
type LicenceNFTSettlementSet struct {
	Settlement common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const LicenceNFTSettlementSetEventName = "SettlementSet"

// ContractEventName returns the user-defined event name.
func (LicenceNFTSettlementSet) ContractEventName() string {
	return LicenceNFTSettlementSetEventName
}

// UnpackSettlementSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlementSet(address settlement)
func (licenceNFT *LicenceNFT) UnpackSettlementSetEvent(log *types.Log) (*LicenceNFTSettlementSet, error) {
	event := "SettlementSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTSettlementSet)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTTransfer represents a Transfer event raised by the LicenceNFT contract.
type LicenceNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenceNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (LicenceNFTTransfer) ContractEventName() string {
	return LicenceNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (licenceNFT *LicenceNFT) UnpackTransferEvent(log *types.Log) (*LicenceNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTTransfer)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTUpdateUser represents a UpdateUser event raised by the LicenceNFT contract.
type LicenceNFTUpdateUser struct {
	TokenId *big.Int
	User    common.Address
	Expires uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenceNFTUpdateUserEventName = "UpdateUser"

// ContractEventName returns the user-defined event name.
func (LicenceNFTUpdateUser) ContractEventName() string {
	return LicenceNFTUpdateUserEventName
}

// UnpackUpdateUserEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateUser(uint256 indexed tokenId, address indexed user, uint64 expires)
func (licenceNFT *LicenceNFT) UnpackUpdateUserEvent(log *types.Log) (*LicenceNFTUpdateUser, error) {
	event := "UpdateUser"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTUpdateUser)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (licenceNFT *LicenceNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["AlreadyRevoked"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["BadWindow"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackBadWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["DeprecatedSubject"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackDeprecatedSubjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["InTheFuture"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackInTheFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotGrantor"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotGrantorError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotSettlement"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotSettlementError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotSubjectOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotSubjectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotValid"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["OverLimit"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackOverLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["SettlementAlreadySet"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackSettlementAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["UnknownLicence"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackUnknownLicenceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LicenceNFTAlreadyRevoked represents a AlreadyRevoked error raised by the LicenceNFT contract.
type LicenceNFTAlreadyRevoked struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevoked(uint256 id)
func LicenceNFTAlreadyRevokedErrorID() common.Hash {
	return common.HexToHash("0xe80455f57ad40c54dc6f178ebb1c48d3b622503a38c34944ac29a611c9e7e693")
}

// UnpackAlreadyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevoked(uint256 id)
func (licenceNFT *LicenceNFT) UnpackAlreadyRevokedError(raw []byte) (*LicenceNFTAlreadyRevoked, error) {
	out := new(LicenceNFTAlreadyRevoked)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "AlreadyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTBadWindow represents a BadWindow error raised by the LicenceNFT contract.
type LicenceNFTBadWindow struct {
	NotBefore uint64
	ExpiresAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWindow(uint64 notBefore, uint64 expiresAt)
func LicenceNFTBadWindowErrorID() common.Hash {
	return common.HexToHash("0xd389761b999a30f3645ace66a4eb9c972f55eebb9c8f6324a16048556b126472")
}

// UnpackBadWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWindow(uint64 notBefore, uint64 expiresAt)
func (licenceNFT *LicenceNFT) UnpackBadWindowError(raw []byte) (*LicenceNFTBadWindow, error) {
	out := new(LicenceNFTBadWindow)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "BadWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTDeprecatedSubject represents a DeprecatedSubject error raised by the LicenceNFT contract.
type LicenceNFTDeprecatedSubject struct {
	Subject *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeprecatedSubject(uint256 subject)
func LicenceNFTDeprecatedSubjectErrorID() common.Hash {
	return common.HexToHash("0xc18cbb74306617cfa9f9d64208edecca9dc80840b86f446e0bc4e3a3b1969ab4")
}

// UnpackDeprecatedSubjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeprecatedSubject(uint256 subject)
func (licenceNFT *LicenceNFT) UnpackDeprecatedSubjectError(raw []byte) (*LicenceNFTDeprecatedSubject, error) {
	out := new(LicenceNFTDeprecatedSubject)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "DeprecatedSubject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the LicenceNFT contract.
type LicenceNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func LicenceNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (licenceNFT *LicenceNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*LicenceNFTERC721IncorrectOwner, error) {
	out := new(LicenceNFTERC721IncorrectOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the LicenceNFT contract.
type LicenceNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func LicenceNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (licenceNFT *LicenceNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*LicenceNFTERC721InsufficientApproval, error) {
	out := new(LicenceNFTERC721InsufficientApproval)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func LicenceNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidApproverError(raw []byte) (*LicenceNFTERC721InvalidApprover, error) {
	out := new(LicenceNFTERC721InvalidApprover)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func LicenceNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidOperatorError(raw []byte) (*LicenceNFTERC721InvalidOperator, error) {
	out := new(LicenceNFTERC721InvalidOperator)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func LicenceNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidOwnerError(raw []byte) (*LicenceNFTERC721InvalidOwner, error) {
	out := new(LicenceNFTERC721InvalidOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func LicenceNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidReceiverError(raw []byte) (*LicenceNFTERC721InvalidReceiver, error) {
	out := new(LicenceNFTERC721InvalidReceiver)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func LicenceNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidSenderError(raw []byte) (*LicenceNFTERC721InvalidSender, error) {
	out := new(LicenceNFTERC721InvalidSender)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the LicenceNFT contract.
type LicenceNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func LicenceNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (licenceNFT *LicenceNFT) UnpackERC721NonexistentTokenError(raw []byte) (*LicenceNFTERC721NonexistentToken, error) {
	out := new(LicenceNFTERC721NonexistentToken)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTInTheFuture represents a InTheFuture error raised by the LicenceNFT contract.
type LicenceNFTInTheFuture struct {
	At uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InTheFuture(uint64 at)
func LicenceNFTInTheFutureErrorID() common.Hash {
	return common.HexToHash("0xbd2b46c420772a7975836ec8f178e1c10eb99d9903afccfa888798f1bf30fbf2")
}

// UnpackInTheFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InTheFuture(uint64 at)
func (licenceNFT *LicenceNFT) UnpackInTheFutureError(raw []byte) (*LicenceNFTInTheFuture, error) {
	out := new(LicenceNFTInTheFuture)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "InTheFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotDeployer represents a NotDeployer error raised by the LicenceNFT contract.
type LicenceNFTNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func LicenceNFTNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (licenceNFT *LicenceNFT) UnpackNotDeployerError(raw []byte) (*LicenceNFTNotDeployer, error) {
	out := new(LicenceNFTNotDeployer)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotGrantor represents a NotGrantor error raised by the LicenceNFT contract.
type LicenceNFTNotGrantor struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGrantor(uint256 id)
func LicenceNFTNotGrantorErrorID() common.Hash {
	return common.HexToHash("0x3140c67452460aa9086691d3c081c74d636131f4c9701e1dc8055f7d75d6e641")
}

// UnpackNotGrantorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGrantor(uint256 id)
func (licenceNFT *LicenceNFT) UnpackNotGrantorError(raw []byte) (*LicenceNFTNotGrantor, error) {
	out := new(LicenceNFTNotGrantor)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotGrantor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotSettlement represents a NotSettlement error raised by the LicenceNFT contract.
type LicenceNFTNotSettlement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettlement()
func LicenceNFTNotSettlementErrorID() common.Hash {
	return common.HexToHash("0xede09f2a61f10d397e02e4ee121ef958b7012fa0a8a10aa4499ee246e6d949a2")
}

// UnpackNotSettlementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettlement()
func (licenceNFT *LicenceNFT) UnpackNotSettlementError(raw []byte) (*LicenceNFTNotSettlement, error) {
	out := new(LicenceNFTNotSettlement)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotSettlement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotSubjectOwner represents a NotSubjectOwner error raised by the LicenceNFT contract.
type LicenceNFTNotSubjectOwner struct {
	Subject *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubjectOwner(uint256 subject)
func LicenceNFTNotSubjectOwnerErrorID() common.Hash {
	return common.HexToHash("0x0333f398e617ec918e9a66ca447a33750f2b12e700d11b7c29c1e9780d3c95d5")
}

// UnpackNotSubjectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubjectOwner(uint256 subject)
func (licenceNFT *LicenceNFT) UnpackNotSubjectOwnerError(raw []byte) (*LicenceNFTNotSubjectOwner, error) {
	out := new(LicenceNFTNotSubjectOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotSubjectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotValid represents a NotValid error raised by the LicenceNFT contract.
type LicenceNFTNotValid struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValid(uint256 id)
func LicenceNFTNotValidErrorID() common.Hash {
	return common.HexToHash("0x373f4d8c68778647f38db4b47b4e530b24cb6ed54e551b02bce8ac66895acbf7")
}

// UnpackNotValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValid(uint256 id)
func (licenceNFT *LicenceNFT) UnpackNotValidError(raw []byte) (*LicenceNFTNotValid, error) {
	out := new(LicenceNFTNotValid)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTOverLimit represents a OverLimit error raised by the LicenceNFT contract.
type LicenceNFTOverLimit struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverLimit(uint256 id)
func LicenceNFTOverLimitErrorID() common.Hash {
	return common.HexToHash("0xe7f39408705ebf41a4f211e82b3d2f39554e6e72e8a1d994da3ae206a4433a27")
}

// UnpackOverLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverLimit(uint256 id)
func (licenceNFT *LicenceNFT) UnpackOverLimitError(raw []byte) (*LicenceNFTOverLimit, error) {
	out := new(LicenceNFTOverLimit)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "OverLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTSettlementAlreadySet represents a SettlementAlreadySet error raised by the LicenceNFT contract.
type LicenceNFTSettlementAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementAlreadySet()
func LicenceNFTSettlementAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x25846789da7a56de01bb5bc469b19c758fc333cd4969d1f0780fb2b0989f9827")
}

// UnpackSettlementAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementAlreadySet()
func (licenceNFT *LicenceNFT) UnpackSettlementAlreadySetError(raw []byte) (*LicenceNFTSettlementAlreadySet, error) {
	out := new(LicenceNFTSettlementAlreadySet)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "SettlementAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTUnknownLicence represents a UnknownLicence error raised by the LicenceNFT contract.
type LicenceNFTUnknownLicence struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLicence(uint256 id)
func LicenceNFTUnknownLicenceErrorID() common.Hash {
	return common.HexToHash("0x49adf88fa3ade65c21207bf0a82d13251387c72bbd8ce969f4107d9b9d8910c2")
}

// UnpackUnknownLicenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLicence(uint256 id)
func (licenceNFT *LicenceNFT) UnpackUnknownLicenceError(raw []byte) (*LicenceNFTUnknownLicence, error) {
	out := new(LicenceNFTUnknownLicence)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "UnknownLicence", raw); err != nil {
		return nil, err
	}
	return out, nil
}
